package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link ReadOnlyService} is what {@code @Service @Transactional(readOnly = true)} on the class was. */
class ReadOnlyServiceTest {

    @ReadOnlyService
    static class Reads {

        public String read() {
            return "";
        }

        @Transactional(propagation = Propagation.NOT_SUPPORTED)
        public String outside() {
            return "";
        }
    }

    @Test
    void its_methods_run_in_a_read_only_transaction_unless_they_say_otherwise() throws NoSuchMethodException {
        var source = new AnnotationTransactionAttributeSource();

        var read = source.getTransactionAttribute(Reads.class.getMethod("read"), Reads.class);
        assertThat(read).isNotNull();
        assertThat(read.isReadOnly()).isTrue();
        assertThat(read.getPropagationBehavior()).isEqualTo(Propagation.REQUIRED.value());
        var outside = source.getTransactionAttribute(Reads.class.getMethod("outside"), Reads.class);
        assertThat(outside.getPropagationBehavior()).isEqualTo(Propagation.NOT_SUPPORTED.value());
    }

    @Test
    void component_scanning_finds_it_as_a_service() {
        var scan = new ClassPathScanningCandidateComponentProvider(true);

        assertThat(scan.findCandidateComponents(ReadOnlyServiceTest.class.getPackageName()))
                .anyMatch(bean -> Reads.class.getName().equals(bean.getBeanClassName()));
    }
}

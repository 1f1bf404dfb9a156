package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** A screen's kept last answer is replaced by a small one when it is large. */
class ResponseCacheTrimTest extends UiTest {

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @Test
    void a_large_kept_answer_starts_one_round_trip_and_a_small_one_none() {
        Users.evaluator();
        navigate("tentang", com.vaadin.flow.component.Component.class);
        var ui = UI.getCurrent();
        ui.getInternals().dumpPendingJavaScriptInvocations();

        ui.getInternals().setLastRequestResponse("{\"syncId\":3}");
        assertThat(ResponseCacheTrim.trimIfLarge(ui)).isFalse();
        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations()).isEmpty();

        ui.getInternals().setLastRequestResponse("{\"changes\":\"" + "x".repeat(ResponseCacheTrim.LARGE) + "\"}");
        assertThat(ResponseCacheTrim.trimIfLarge(ui)).isTrue();
        var invocations = ui.getInternals().dumpPendingJavaScriptInvocations();
        assertThat(invocations).hasSize(1);
        assertThat(invocations.getFirst().getInvocation().getExpression()).isEqualTo("return 0");
    }
}

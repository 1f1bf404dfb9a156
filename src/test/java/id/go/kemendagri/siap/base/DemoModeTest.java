package id.go.kemendagri.siap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

class DemoModeTest {

    @ParameterizedTest(name = "enabled={0} on {1}: active={2}")
    @CsvSource({
            "true,  H2,      true",
            "true,  MariaDB, false",
            "true,  MySQL,   false",
            "false, H2,      false",
            "false, MySQL,   false" })
    void demo_mode_needs_the_setting_and_the_embedded_h2(boolean enabled, String product, boolean active)
            throws Exception {
        assertThat(new DemoMode(enabled, false, database(product)).active()).isEqualTo(active);
    }

    private static DataSource database(String product) throws Exception {
        var metaData = Mockito.mock(DatabaseMetaData.class);
        Mockito.when(metaData.getDatabaseProductName()).thenReturn(product);
        var connection = Mockito.mock(Connection.class);
        Mockito.when(connection.getMetaData()).thenReturn(metaData);
        var dataSource = Mockito.mock(DataSource.class);
        Mockito.when(dataSource.getConnection()).thenReturn(connection);
        return dataSource;
    }
}

package com.salesflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

class JdkDatatypeFactoryTest {

    @Test
    void the_jdk_factory_is_named_and_reads_durations_as_before() throws Exception {
        String before = System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        Class<?> searched = before == null ? DatatypeFactory.newInstance().getClass() : null;
        try {
            JdkDatatypeFactory.nameTheJdkFactoryWhenNoOtherIsProvided();

            assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isNotNull();
            DatatypeFactory named = DatatypeFactory.newInstance();
            if (searched != null) {
                assertThat(named.getClass()).as("the factory the class path search found").isEqualTo(searched);
            }
            assertThat(named.newDuration("PT24H").getHours()).isEqualTo(24);
            assertThat(JdkDatatypeFactory.nameTheJdkFactoryWhenNoOtherIsProvided()).as("set only once").isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
            }
        }
    }
}

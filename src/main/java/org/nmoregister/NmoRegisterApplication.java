package org.nmoregister;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** NMO Register: one deployable, one database, many forces. */
@Modulithic(systemName = "NMO Register", sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class NmoRegisterApplication {

    public static void main(String[] args) {
        SpringApplication.run(NmoRegisterApplication.class, args);
    }
}

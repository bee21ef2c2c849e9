package com.salesflow.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Deploys BPMN, DMN and form files as one deployment named {@value #DEPLOYMENT_NAME}. Duplicate filtering keeps
 * versions honest: only files whose content changed since the last deployment become new versions.
 */
@Service
public class ModelDeployer {

    public static final String DEPLOYMENT_NAME = "salesflow";
    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;

    ModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /**
     * @return the id of the new deployment, or empty when nothing changed
     */
    public Optional<String> deploy(Collection<Resource> resources) {
        if (resources.isEmpty()) {
            return Optional.empty();
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (Resource resource : resources) {
            try (InputStream content = resource.getInputStream()) {
                builder.addInputStream(resourceName(resource), content);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read model " + resource, e);
            }
        }
        int before = (int) repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        long after = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        if (after == before) {
            log.info("Models unchanged: {} files, no new versions", resources.size());
            return Optional.empty();
        }
        log.info("Deployed {} changed model(s) as deployment {}",
                repositoryService.getDeploymentResourceNames(deployment.getId()).size(), deployment.getId());
        return Optional.of(deployment.getId());
    }

    /** "processes/lead-qualification.bpmn": the path below the models folder, the same from a jar or a folder. */
    static String resourceName(Resource resource) {
        String path;
        try {
            path = resource.getURL().toString();
        } catch (IOException e) {
            path = String.valueOf(resource.getFilename());
        }
        for (String folder : new String[] {"/processes/", "/forms/"}) {
            int at = path.lastIndexOf(folder);
            if (at >= 0) {
                return path.substring(at + 1);
            }
        }
        return resource.getFilename();
    }
}

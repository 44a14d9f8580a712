/**
 * DigitalOcean projects: {@link dev.seawall.networking.project.ProjectSpec} (name, purpose,
 * environment), the {@link dev.seawall.networking.project.Project} read model, {@link
 * dev.seawall.networking.project.ProjectService} (with resource listing and assignment), {@link
 * dev.seawall.networking.project.ProjectResource} (the stack's project, which assigns every
 * resource of the stack) and {@link dev.seawall.networking.project.ProjectAuditor} (SW-PRJ-001).
 */
@NullMarked
package dev.seawall.networking.project;

import org.jspecify.annotations.NullMarked;

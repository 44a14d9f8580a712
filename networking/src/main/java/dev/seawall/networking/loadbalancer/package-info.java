/**
 * Load balancers, hardened by construction: {@link
 * dev.seawall.networking.loadbalancer.LoadBalancerSpec} (write spec, rules SW-LB-001..004), {@link
 * dev.seawall.networking.loadbalancer.ForwardingRule} (certificates referenced by name), {@link
 * dev.seawall.networking.loadbalancer.HealthCheck}, {@link
 * dev.seawall.networking.loadbalancer.StickySessions}, {@link
 * dev.seawall.networking.loadbalancer.LoadBalancerFirewall}, the {@link
 * dev.seawall.networking.loadbalancer.LoadBalancer} read model, {@link
 * dev.seawall.networking.loadbalancer.LoadBalancerService} and {@link
 * dev.seawall.networking.loadbalancer.LoadBalancerAuditor}.
 */
@NullMarked
package dev.seawall.networking.loadbalancer;

import org.jspecify.annotations.NullMarked;

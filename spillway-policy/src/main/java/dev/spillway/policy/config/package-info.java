/**
 * The bridge from the product configuration ({@code spillway-config}) to
 * {@link dev.spillway.policy.shed.PolicySettings}. The dependency points from policy to config
 * only; configuration knows nothing of the policy.
 */
package dev.spillway.policy.config;

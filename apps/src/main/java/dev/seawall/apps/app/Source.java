package dev.seawall.apps.app;

/**
 * Where a component's code comes from: a container image ({@link ImageSource}) or a git repository
 * ({@link GitSource}).
 */
public sealed interface Source permits ImageSource, GitSource {}

package dev.modelsense.project;

public enum Severity { ERROR, WARNING, INFO }

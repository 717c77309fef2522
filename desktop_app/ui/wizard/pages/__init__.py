"""One QWizardPage class per kind of procedure step (see domain.procedure.StepKind)."""

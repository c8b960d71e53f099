"""Data protection through the study's life: the privacy report, consent withdrawal, the
purge at the end date, file permissions, overwrite-then-unlink deletion and the network
guard. See the README section "Personvern" for what it does and does not guarantee."""

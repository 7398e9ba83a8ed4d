"""Call profiles (TOML data) and the checks that read them.

`engine.run_checks(snapshot)` runs every check; `consortium`, `data_quality` and `reconciliation`
hold them by kind. Nothing here imports Qt, a session or the services at run time.
"""

"""What runs an exchange for a user: `LocalExchange` (local.py, serving.py, credentials.py,
files.py), background order flow (activity.py), the seeded catalogue (catalogue.py,
listings.py), the pytest fixtures (pytest_plugin.py) and the `kalshi sim` command (command.py)."""

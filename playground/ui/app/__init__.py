"""The app's frame: router helpers, the global sidebar, navigation, housekeeping, the settings every page reads."""

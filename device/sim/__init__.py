"""The simulated Android phone: apps with real state, UIAutomator XML, Pillow screenshots, tasks."""

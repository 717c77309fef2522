"""Till Complaint Logger: guided complaint and incident recording for UK shops."""

__version__ = "0.1.0"
APP_NAME = "Till Complaint Logger"
APP_ID = "till-complaint-logger"

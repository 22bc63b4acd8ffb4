from datetime import timedelta
timedelta(days=1e10)

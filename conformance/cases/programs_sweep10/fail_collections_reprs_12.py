from datetime import datetime
datetime(2024, 1, 32)

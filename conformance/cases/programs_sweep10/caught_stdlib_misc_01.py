from datetime import datetime
print(datetime.strptime("2024-07-04 15:30", "%Y-%m-%d %H:%M"), datetime.strptime("04/Jul/24", "%d/%b/%y").date())
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)

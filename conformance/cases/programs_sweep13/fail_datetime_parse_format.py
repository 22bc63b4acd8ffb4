from datetime import datetime

stamps = ["2024-03-01T12:30:00", "2024-02-29T00:00:00", "2024-13-01T00:00:00"]
for s in stamps:
    d = datetime.fromisoformat(s)
    print(d.strftime("%a %d %b %Y %H:%M"), d.isocalendar()[1])

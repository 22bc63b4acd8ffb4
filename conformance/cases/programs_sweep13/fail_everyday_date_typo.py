from datetime import date

birthdays = {"ann": "1990-04-12", "bob": "1985-11-30", "cy": "2001-02-29"}
today = date(2024, 6, 1)
for name, text in birthdays.items():
    born = date.fromisoformat(text)
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name} is {age}")

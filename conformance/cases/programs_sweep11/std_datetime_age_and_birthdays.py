from datetime import date, timedelta

today = date(2024, 6, 15)
people = {"ann": date(1990, 6, 15), "bob": date(2000, 2, 29), "cy": date(1985, 12, 31), "dee": date(2010, 6, 16)}


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def next_birthday(born, on):
    year = on.year
    while True:
        try:
            bd = born.replace(year=year)
        except ValueError:
            bd = date(year, 3, 1)
        if bd >= on:
            return bd
        year += 1


for name, born in sorted(people.items(), key=lambda kv: next_birthday(kv[1], today)):
    nb = next_birthday(born, today)
    print(f"{name:<4} age {age(born, today):>2}  next {nb:%a %d %b %Y}  in {(nb - today).days:>3} days")
print(min(people, key=lambda n: people[n]), (today - people["bob"]) // timedelta(days=365))

# if/elif/else chains.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


print([grade(s) for s in (100, 90, 89.9, 80, 75, 60, 59, 0, -5)])


def sign(n):
    if n > 0:
        result = "positive"
    elif n < 0:
        result = "negative"
    else:
        result = "zero"
    return result


print(sign(5), sign(-2), sign(0), sign(0.0), sign(-0.0))
for year in (1900, 2000, 2023, 2024, 2100, 2400):
    if year % 400 == 0:
        leap = True
    elif year % 100 == 0:
        leap = False
    elif year % 4 == 0:
        leap = True
    else:
        leap = False
    print(year, "leap" if leap else "common")
x = 7
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 5:
    if x > 6:
        if x > 10:
            print("huge")
        else:
            print("between 6 and 10")

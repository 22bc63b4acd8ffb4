# Spelling out numbers in English.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    for value, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= value:
            rest = n % value
            tail = "" if rest == 0 else (" and " if rest < 100 else " ") + words(rest)
            return words(n // value) + " " + name + tail


for n in (0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 2000000019, -15):
    print(n, words(n))
print(sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)))

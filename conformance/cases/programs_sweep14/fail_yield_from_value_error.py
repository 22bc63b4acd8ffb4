# A ValueError raised inside a sub-generator reached with yield from shows
# both generators' frames.
def parse_numbers(text):
    for part in text.split(","):
        yield int(part)


def totals(batches):
    for batch in batches:
        subtotal = yield from running(parse_numbers(batch))
        print("subtotal", subtotal)


def running(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total
    return total


print(list(totals(["1,2,3", "4,5"])))
print(list(totals(["1,2", "3,x,4"])))

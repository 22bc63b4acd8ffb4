# range() argument forms.
print(list(range(4)), list(range(2, 6)), list(range(0, 20, 5)), list(range(5, -5, -3)), list(range(-2)))
print(range(True), list(range(False, True)), range(0, 10, 3)[-1], range(10 ** 3)[::100])
try:
    range(0, 1, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.0)
except TypeError as e:
    print("TypeError", e)

# if/else expressions in the element part vs filters.
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([n if n > 0 else 0 for n in [-2, 5, -1, 3]])
print([n for n in [-2, 5, -1, 3] if n > 0])
print(["fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n for n in range(1, 16)])
print([(c, "vowel" if c in "aeiou" else "consonant") for c in "code"])
grades = [95, 82, 67, 58, 74]
print(["A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "D" if g >= 60 else "F" for g in grades])

lines = ["1", "2", "three", "4"]
nums = []
for i, line in enumerate(lines):
    try:
        nums.append(int(line))
    except ValueError:
        raise ValueError(f"line {i + 1}: not a number: {line!r}") from None

for text, base in [("ff", 16), ("777", 8), ("12", 2)]:
    print(text, base, int(text, base))

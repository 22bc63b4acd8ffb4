total = 0
count = 0
words = []
while True:
    try:
        line = input()
    except EOFError:
        break
    for tok in line.split():
        try:
            total += int(tok)
            count += 1
        except ValueError:
            words.append(tok)
print(count, total, sorted(words, key=str.lower))

def average(numbers):
    total = 0
    for n in numbers:
        total += n
    return total / len(numbers)


scores = [88, 92, 79, 65]
print("average:", average(scores))
highest_score = max(scores)
print("highest:", highest_score)
print("lowest:", min(scores))
print("range:", highest_scor - min(scores))

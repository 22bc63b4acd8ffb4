def average(*values):
    return sum(values) / len(values)


total = 10
count = 0
print(average(1,
              total / count,
              3))

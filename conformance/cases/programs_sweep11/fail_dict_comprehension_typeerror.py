scores = {"ann": [90, 80], "bob": [70], "cy": None}
averages = {name: sum(s) / len(s) for name, s in scores.items()}
print(averages)

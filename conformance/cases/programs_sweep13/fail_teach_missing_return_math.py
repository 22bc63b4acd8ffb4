def area(width, height):
    result = width * height


rooms = [(3, 4), (5, 2)]
total = 0
for w, h in rooms:
    total += area(w, h)
print(total)

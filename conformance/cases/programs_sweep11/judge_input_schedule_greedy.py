n = int(input())
jobs = []
for i in range(n):
    name, start, end = input().split()
    jobs.append((int(end), int(start), name))
jobs.sort()
chosen = []
last_end = -1
for end, start, name in jobs:
    if start >= last_end:
        chosen.append(name)
        last_end = end
print(len(chosen), " ".join(chosen))

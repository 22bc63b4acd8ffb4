# A status tracker pasted from an editor that left trailing blanks; its
# "is" comparisons with literals draw SyntaxWarnings (shown with the line
# as written) before it fails on a status it cannot parse.
from collections import Counter

TASKS = [("build", "done"), ("test", "failed"), ("deploy", "pending"), ("docs", "done")]

def summary(tasks):
    counts = Counter(state for _, state in tasks)
    for name, state in tasks:
        if state == "done":
            mark = "x"
        elif state is "failed":   
            mark = "!"
        else:
            mark = " "
        print(f"[{mark}] {name}")
    return counts

def priority(state):
    order = {"failed": 0, "pending": 1, "done": 2}
    return order[state]

counts = summary(TASKS)
print(dict(sorted(counts.items())))
if len(TASKS) is 4 :	
    print("four tasks")
ranked = sorted(TASKS + [("release", "blocked")], key=lambda t: priority(t[1]))
print(ranked)

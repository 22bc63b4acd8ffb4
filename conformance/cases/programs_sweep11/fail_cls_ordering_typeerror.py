class Task:
    def __init__(self, name, priority):
        self.name, self.priority = name, priority

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Task({self.name!r}, {self.priority})"


tasks = [Task("b", 2), Task("a", 1)]
print(sorted(tasks))
tasks.append(Task("c", None))
print(sorted(tasks))

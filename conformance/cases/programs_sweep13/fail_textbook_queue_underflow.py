from collections import deque


class PrintQueue:
    def __init__(self):
        self.jobs = deque()

    def submit(self, name, pages):
        self.jobs.append((name, pages))

    def run(self, n):
        for _ in range(n):
            name, pages = self.jobs.popleft()
            print(f"printing {name} ({pages} pages)")


q = PrintQueue()
q.submit("report.pdf", 12)
q.submit("photo.png", 1)
q.run(2)
q.run(1)

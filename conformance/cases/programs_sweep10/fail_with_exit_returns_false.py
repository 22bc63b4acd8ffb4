class Transaction:
    def __init__(self, log): self.log = log
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        print(self.log)
        return False
log = []
with Transaction(log):
    pass
with Transaction(log) as t:
    amounts = {"a": 5}
    amounts["b"] += 1

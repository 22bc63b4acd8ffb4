class Base:
    def __init__(self, name, **options):
        self.name = name
        self.options = options
        self.validate()

    def validate(self):
        if not self.name:
            raise ValueError("name is required")


class Timed(Base):
    def __init__(self, name, timeout, **options):
        self.timeout = timeout
        super().__init__(name, **options)

    def validate(self):
        super().validate()
        if self.timeout <= 0:
            raise ValueError(f"timeout must be positive, got {self.timeout}")


class Job(Timed):
    def __init__(self, name, timeout=30, retries=None):
        super().__init__(name, timeout, retries=retries)

    def validate(self):
        super().validate()
        if self.options["retries"] > 5:
            raise ValueError("too many retries")


jobs = [Job("backup", retries=3), Job("sync", timeout=5, retries=0)]
print([(j.name, j.timeout, j.options) for j in jobs])
Job("report")

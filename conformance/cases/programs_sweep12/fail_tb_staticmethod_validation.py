import re


class Email:
    PATTERN = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")

    def __init__(self, address):
        self.address = self.validate(address)

    @staticmethod
    def validate(address):
        address = address.strip().lower()
        if not Email.PATTERN.match(address):
            raise ValueError(f"invalid email address: {address!r}")
        return address

    @classmethod
    def parse_many(cls, text):
        return [cls(a) for a in text.split(",")]

    def __repr__(self):
        return f"Email({self.address!r})"


print(Email.parse_many("Ann@Example.com, bob+news@mail.org"))
print(Email.parse_many("cy@x.io,not-an-email, di@y.com"))

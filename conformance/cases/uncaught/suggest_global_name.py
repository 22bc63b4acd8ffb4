# A global misspelt inside a method: locals, then globals.
counter_total = 0


class Tally:
    def add(self, n):
        return counter_totl + n


print(Tally().add(1))

guests = ["ann", "bob", "cy"]
guests.remove("bob")
print(guests)
guests.remove("dan")

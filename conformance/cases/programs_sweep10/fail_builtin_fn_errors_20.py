callable()

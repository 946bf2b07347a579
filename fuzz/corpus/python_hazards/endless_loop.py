def func(a):
    while True:
        a = a + 1

/* placeholder until the test is written */
int main (void) { return 77; }

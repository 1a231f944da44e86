// Filled in with the verifier commands.
return 0;

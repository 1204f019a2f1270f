# Sanitizer and fuzzing instrumentation for hardening builds. Global on purpose: core, ui, app,
# the tests and the harnesses must all be instrumented alike (ASan's container overflow checks
# and TSan's happens-before tracking are only sound when every object file takes part).
if(CERTDESK_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "CERTDESK_SANITIZE is for GCC and Clang builds")
    endif()
    # Undefined behaviour aborts instead of printing and carrying on, so a test fails on it.
    add_compile_options(-fsanitize=${CERTDESK_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${CERTDESK_SANITIZE})
endif()

if(CERTDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CERTDESK_FUZZ needs clang (libFuzzer); configure with the asan preset")
    endif()
    # Coverage feedback for libFuzzer in every object; only the harnesses link its main().
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

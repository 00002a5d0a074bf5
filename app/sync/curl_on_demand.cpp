// libcurl, loaded when the first HTTP client is made rather than when the
// program starts. libcurl brings some 25 libraries of its own (TLS, SSH,
// Kerberos, LDAP, IDN, ...) whose loading and symbol binding cost every
// start-up of the app, though only a sync needs them. The functions below
// have libcurl's names and signatures, so http_client.cpp is written against
// libcurl as usual; each forwards to the real one, found with dlsym.

#include "sync/curl_on_demand.h"

#include <curl/curl.h>
#include <dlfcn.h>

#include <QCoreApplication>

#include <cstdarg>
#include <mutex>

namespace fb::sync {
namespace {

// What went wrong is kept untranslated: libcurl may be loaded before the
// translations are (see CurlPreparation), and is asked about later.
struct CurlLibrary
{
    void *handle = nullptr;
    QByteArray loadError;          // dlerror() when libcurl.so.4 did not load
    const char *missing = nullptr; // the first function it lacks
    decltype(&::curl_global_init) globalInit = nullptr;
    decltype(&::curl_easy_init) easyInit = nullptr;
    decltype(&::curl_easy_setopt) easySetopt = nullptr;
    decltype(&::curl_easy_getinfo) easyGetinfo = nullptr;
    decltype(&::curl_easy_perform) easyPerform = nullptr;
    decltype(&::curl_easy_reset) easyReset = nullptr;
    decltype(&::curl_easy_cleanup) easyCleanup = nullptr;
    decltype(&::curl_easy_strerror) easyStrerror = nullptr;
    decltype(&::curl_slist_append) slistAppend = nullptr;
    decltype(&::curl_slist_free_all) slistFreeAll = nullptr;
};

template<typename Function> bool bind(CurlLibrary &library, Function &function, const char *name)
{
    function = reinterpret_cast<Function>(dlsym(library.handle, name));
    if (!function)
        library.missing = name;
    return function != nullptr;
}

CurlLibrary load()
{
    CurlLibrary library;
    // The soname of every libcurl since 7.16 (2006).
    library.handle = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library.handle) {
        library.loadError = dlerror();
        return library;
    }
    const bool complete = bind(library, library.globalInit, "curl_global_init") &&
                          bind(library, library.easyInit, "curl_easy_init") &&
                          bind(library, library.easySetopt, "curl_easy_setopt") &&
                          bind(library, library.easyGetinfo, "curl_easy_getinfo") &&
                          bind(library, library.easyPerform, "curl_easy_perform") &&
                          bind(library, library.easyReset, "curl_easy_reset") &&
                          bind(library, library.easyCleanup, "curl_easy_cleanup") &&
                          bind(library, library.easyStrerror, "curl_easy_strerror") &&
                          bind(library, library.slistAppend, "curl_slist_append") &&
                          bind(library, library.slistFreeAll, "curl_slist_free_all");
    if (!complete) {
        dlclose(library.handle);
        library.handle = nullptr;
    }
    return library;
}

// Loaded once, by whichever thread asks first (a function-local static is
// initialised thread-safely).
const CurlLibrary &curl()
{
    static const CurlLibrary library = load();
    return library;
}

} // namespace

QString curlUnavailableReason()
{
    const CurlLibrary &library = curl();
    if (library.handle)
        return {};
    if (library.missing)
        return QCoreApplication::translate("fb::sync::HttpClient",
                                           "The HTTP library (libcurl) lacks %1.")
            .arg(QString::fromLatin1(library.missing));
    return QCoreApplication::translate(
               "fb::sync::HttpClient",
               "The HTTP library (libcurl.so.4) could not be loaded: %1. Install "
               "libcurl (package libcurl4) to sync with HQ.")
        .arg(QString::fromLocal8Bit(library.loadError));
}

void prepareCurl()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl().handle)
            curl().globalInit(CURL_GLOBAL_DEFAULT);
    });
}

CurlPreparation::CurlPreparation() : m_thread(prepareCurl) {}

CurlPreparation::~CurlPreparation()
{
    m_thread.join();
}

} // namespace fb::sync

using fb::sync::curl;

// The names are parenthesised: curl.h defines function-like macros of some.
extern "C" {

CURL *(curl_easy_init)(void)
{
    return curl().handle ? curl().easyInit() : nullptr;
}

// Options carry their argument's type in their number (CURLOPTTYPE_*), the
// same way libcurl itself reads them.
CURLcode(curl_easy_setopt)(CURL *handle, CURLoption option, ...)
{
    if (!curl().handle)
        return CURLE_FAILED_INIT;
    va_list arguments;
    va_start(arguments, option);
    CURLcode code;
    if (option < CURLOPTTYPE_OBJECTPOINT) {
        code = curl().easySetopt(handle, option, va_arg(arguments, long));
    } else if (option < CURLOPTTYPE_FUNCTIONPOINT) {
        code = curl().easySetopt(handle, option, va_arg(arguments, void *));
    } else if (option < CURLOPTTYPE_OFF_T) {
        using AnyFunction = void (*)();
        code = curl().easySetopt(handle, option, va_arg(arguments, AnyFunction));
    } else if (option < CURLOPTTYPE_BLOB) {
        code = curl().easySetopt(handle, option, va_arg(arguments, curl_off_t));
    } else {
        code = curl().easySetopt(handle, option, va_arg(arguments, void *));
    }
    va_end(arguments);
    return code;
}

// Every CURLINFO_* takes a pointer to where the answer goes.
CURLcode(curl_easy_getinfo)(CURL *handle, CURLINFO info, ...)
{
    if (!curl().handle)
        return CURLE_FAILED_INIT;
    va_list arguments;
    va_start(arguments, info);
    const CURLcode code = curl().easyGetinfo(handle, info, va_arg(arguments, void *));
    va_end(arguments);
    return code;
}

CURLcode(curl_easy_perform)(CURL *handle)
{
    return curl().handle ? curl().easyPerform(handle) : CURLE_FAILED_INIT;
}

void(curl_easy_reset)(CURL *handle)
{
    if (curl().handle)
        curl().easyReset(handle);
}

void(curl_easy_cleanup)(CURL *handle)
{
    if (curl().handle)
        curl().easyCleanup(handle);
}

const char *(curl_easy_strerror)(CURLcode code)
{
    return curl().handle ? curl().easyStrerror(code) : "libcurl is not loaded";
}

curl_slist *(curl_slist_append)(curl_slist *list, const char *text)
{
    return curl().handle ? curl().slistAppend(list, text) : nullptr;
}

void(curl_slist_free_all)(curl_slist *list)
{
    if (curl().handle)
        curl().slistFreeAll(list);
}

} // extern "C"

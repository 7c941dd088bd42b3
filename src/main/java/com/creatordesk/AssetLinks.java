package com.creatordesk;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to stylesheets, scripts and icons carry a hash of the file's contents ({@code /assets/js/app-<md5>.js},
 * Spring's resource chain), so browsers keep them for a year and take an upgrade's new ones at once. Spring's own
 * {@link ResourceUrlEncodingFilter} matched every link of every page against the resource patterns (a list of 25
 * creators writes a hundred links); this filter looks up only links under {@code /assets/} and {@code /webjars/},
 * and each of those once: the files do not change while the app runs.
 */
@Configuration(proxyBeanMethods = false)
class AssetLinks {

    /** Spring Boot's filter, replaced by {@link #versionedAssetLinks}. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** Last in the chain, so that its answer is the one templates get (Spring Security's wrapper keeps links as they are). */
    @Bean
    FilterRegistrationBean<VersionedAssetLinks> versionedAssetLinks(ResourceUrlProvider resources) {
        FilterRegistrationBean<VersionedAssetLinks> registration = new FilterRegistrationBean<>(new VersionedAssetLinks(resources::getForLookupPath));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class VersionedAssetLinks extends OncePerRequestFilter {

        private static final String[] ASSETS = {"/assets/", "/webjars/"};

        /** The resource chain's public URL of a file's path (null for no file): {@link ResourceUrlProvider#getForLookupPath}. */
        private final UnaryOperator<String> resources;
        /** Link (without the context path) to its versioned form; a link to no file maps to itself. */
        private final Map<String, String> versioned = new ConcurrentHashMap<>();

        VersionedAssetLinks(UnaryOperator<String> resources) {
            this.resources = resources;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String contextPath = request.getContextPath();
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(versioned(contextPath, url));
                }
            });
        }

        /** The error page's links too (Spring's filters skip error dispatches unless told otherwise). */
        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        String versioned(String contextPath, String url) {
            if (!url.startsWith(contextPath)) {
                return url;
            }
            String path = url.substring(contextPath.length());
            if (!isAsset(path)) {
                return url;
            }
            int end = indexOfQueryOrFragment(path);
            String file = path.substring(0, end);
            String found = versioned.computeIfAbsent(file, key -> {
                String resolved = resources.apply(key);
                return resolved == null ? key : resolved;
            });
            return contextPath + found + path.substring(end);
        }

        private static boolean isAsset(String path) {
            for (String prefix : ASSETS) {
                if (path.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        private static int indexOfQueryOrFragment(String path) {
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '?' || c == '#') {
                    return i;
                }
            }
            return path.length();
        }
    }
}

package io.postmortem.testkit.velocity;

import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;

import java.io.InputStream;

/**
 * Loads templates from one given class loader (the plugin's), not from whichever loader Velocity's own class path
 * loader would guess, so the sandbox can render templates of a plugin jar loaded on its own.
 */
final class ClassLoaderResourceLoader extends ResourceLoader {
    private final ClassLoader loader;

    ClassLoaderResourceLoader(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public void init(ExtendedProperties configuration) {
    }

    @Override
    public InputStream getResourceStream(String source) {
        String name = source.startsWith("/") ? source.substring(1) : source;
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new ResourceNotFoundException("no template " + name + " on the class path");
        }
        return in;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}

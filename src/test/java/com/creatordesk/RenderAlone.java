package com.creatordesk;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * For benchmarks: the template of a response the app served, rendered again from the same model, with nothing
 * around it (no filters, no session, no security, no handler, no SQL). What rendering that page costs on its own:
 * no request serving it can cost less than its query plus this.
 */
public final class RenderAlone {

    private final View view;
    private final Map<String, Object> model;
    private final MockHttpServletRequest request;

    private RenderAlone(View view, Map<String, Object> model, MockHttpServletRequest request) {
        this.view = view;
        this.model = model;
        this.request = request;
    }

    /** The view and model of {@code served} (a MockMvc result), resolved as the app resolves them. */
    public static RenderAlone of(MvcResult served, ViewResolver views) throws Exception {
        ModelAndView mav = served.getModelAndView();
        if (mav == null || mav.getViewName() == null) {
            throw new IllegalArgumentException("The response was not rendered from a named view");
        }
        View view = views.resolveViewName(mav.getViewName(), Locale.ENGLISH);
        if (view == null) {
            throw new IllegalArgumentException("No view named " + mav.getViewName());
        }
        return new RenderAlone(view, new HashMap<>(mav.getModel()), served.getRequest());
    }

    /** Renders the page once more; returns the HTML. */
    public String render() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(model, request, response);
        return response.getContentAsString();
    }
}
